# fromTOML: a string not closed on its line
builtins.fromTOML "a = \"abc\nb = 1"
