# fromTOML: a key twice in one inline table
builtins.fromTOML "a = { b = 1, b = 2 }"
