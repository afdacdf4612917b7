# fromTOML: a hexadecimal integer beyond 2^63 - 1
builtins.fromTOML "a = 0x8000000000000000"
