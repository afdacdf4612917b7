# fromTOML: a sign before 0x
builtins.fromTOML "a = -0x10"
