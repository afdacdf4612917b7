# fromTOML: a syntax error wins over a date elsewhere
builtins.fromTOML "a = 1979-05-27\nb = @"
