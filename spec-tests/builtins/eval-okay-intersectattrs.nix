# intersectAttrs keeps the names of the first set with the values of the second
builtins.intersectAttrs { a = throw "left"; b = 1; } { a = 10; c = 30; }
