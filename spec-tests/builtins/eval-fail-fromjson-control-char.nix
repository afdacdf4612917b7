# fromJSON: an unescaped tab in a string
builtins.fromJSON "\"a\tb\""
