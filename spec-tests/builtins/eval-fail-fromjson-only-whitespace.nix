# fromJSON of whitespace only
builtins.fromJSON "  \n "
