# fromTOML: an array that is not closed
builtins.fromTOML "a = [1, 2\n"
