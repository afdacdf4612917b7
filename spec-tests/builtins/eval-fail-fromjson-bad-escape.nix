# fromJSON: an unknown escape
builtins.fromJSON "\"\\x\""
