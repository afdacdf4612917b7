# fromTOML: a syntax error on the line after a comment
builtins.fromTOML "a = 1 # one\nb = 2 three"
