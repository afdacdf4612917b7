# fromTOML: strings cannot contain NUL
builtins.fromTOML "a = \"\\u0000\""
