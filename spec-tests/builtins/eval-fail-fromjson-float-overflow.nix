# fromJSON: a float literal too large
builtins.fromJSON "[1e999]"
