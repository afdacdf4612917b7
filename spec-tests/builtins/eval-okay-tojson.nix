# toJSON of nested values; names sorted
builtins.toJSON { b = [ 1 2.5 "x" null true false ]; a = { c = -0.0; }; "d e" = ""; }
