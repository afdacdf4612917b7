# fromTOML: two pairs in an inline table without a comma
builtins.fromTOML "a = { b = 1 c = 2 }"
