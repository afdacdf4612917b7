# toJSON cannot convert functions
builtins.toJSON { a = [ 1 (x: x) ]; }
