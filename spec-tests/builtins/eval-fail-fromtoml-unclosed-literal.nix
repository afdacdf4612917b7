# fromTOML: a literal string not closed
builtins.fromTOML "a = 'abc"
