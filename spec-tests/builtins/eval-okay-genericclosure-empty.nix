# genericClosure with an empty start set needs no operator
builtins.genericClosure { startSet = [ ]; }
