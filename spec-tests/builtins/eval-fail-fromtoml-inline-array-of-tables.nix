# fromTOML: [[a]] cannot extend an array of inline tables
builtins.fromTOML "a = [{ b = 1 }]\n[[a]]"
