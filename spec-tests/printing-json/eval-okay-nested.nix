# nested lists and sets
{ a = [ 1 [ 2 ] { b = [ ]; } ]; c = { }; }
