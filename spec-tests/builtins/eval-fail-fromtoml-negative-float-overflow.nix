# fromTOML: a negative float literal too large for a double
builtins.fromTOML "a = -1e400"
