# fromJSON of an empty string
builtins.fromJSON ""
