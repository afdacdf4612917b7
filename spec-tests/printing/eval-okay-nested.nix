# nested containers print on one line
{ a = [ 1 { b = [ ]; c = { }; } ]; d = { e = { f = null; }; }; }
