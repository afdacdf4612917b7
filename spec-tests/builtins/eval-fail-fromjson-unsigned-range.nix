# fromJSON: an integer above the signed 64-bit range
builtins.fromJSON "9223372036854775808"
