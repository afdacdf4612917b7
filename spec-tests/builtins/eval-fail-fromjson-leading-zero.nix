# fromJSON: a number with a leading zero
builtins.fromJSON "012"
