# intersectAttrs when the first set is the larger one
builtins.intersectAttrs { a = 1; b = 2; c = 3; d = 4; } { d = "d"; a = "a"; }
