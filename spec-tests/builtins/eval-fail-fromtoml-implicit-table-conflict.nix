# fromTOML: a header for a table a dotted key already made
builtins.fromTOML "a.b = 1\n[a]"
