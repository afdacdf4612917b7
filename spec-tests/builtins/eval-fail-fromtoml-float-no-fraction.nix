# fromTOML: a float with nothing after the point
builtins.fromTOML "a = 1."
