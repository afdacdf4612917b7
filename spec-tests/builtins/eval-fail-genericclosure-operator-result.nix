# genericClosure requires the operator to return a list
builtins.genericClosure { startSet = [ { key = 1; } ]; operator = x: x; }
