# fromTOML: a decimal integer with a leading zero
builtins.fromTOML "a = 0123"
