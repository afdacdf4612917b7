# genericClosure keeps the first element seen for a key
builtins.genericClosure { startSet = [ { key = 1; v = "a"; } { key = 1; v = "b"; } { key = 1.0; v = "c"; } ]; operator = x: [ ]; }
