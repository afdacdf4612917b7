# fromTOML: a dotted key cannot extend an inline table
builtins.fromTOML "a = { b = 1 }\na.c = 2"
