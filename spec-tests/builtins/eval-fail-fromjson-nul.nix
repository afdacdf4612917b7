# fromJSON: strings cannot contain NUL
builtins.fromJSON "\"a\\u0000b\""
