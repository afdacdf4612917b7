# fromTOML: an integer beyond 64 bits
builtins.fromTOML "a = 9223372036854775808"
