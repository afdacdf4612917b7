# fromJSON: a string that is not closed, on a later line
builtins.fromJSON "[\n\"abc"
