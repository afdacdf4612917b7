# fromTOML: nan is lowercase
builtins.fromTOML "a = NaN"
