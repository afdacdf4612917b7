# genericClosure elements need a key
builtins.genericClosure { startSet = [ { key = 1; } { } ]; operator = x: [ ]; }
