# genericClosure keys must be comparable with <
builtins.genericClosure { startSet = [ { key = true; } { key = false; } ]; operator = x: [ ]; }
