# fromTOML: a key defined again after a value spanning two lines
builtins.fromTOML "a = [1,\n 2]\na = 3"
