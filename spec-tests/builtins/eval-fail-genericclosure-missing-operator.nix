# genericClosure needs an operator for a non-empty start set
builtins.genericClosure { startSet = [ { key = 1; } ]; }
