# genericClosure treats equal ints and floats as the same key
map (x: x.key) (builtins.genericClosure { startSet = [ { key = 2; } { key = 2.5; } { key = 2.0; } { key = -1; } ]; operator = x: [ ]; })
