# fromTOML: two key-value pairs on one line
builtins.fromTOML "a = 1 b = 2"
