# fromTOML: a line starting with =
builtins.fromTOML "= 1"
