# fromJSON: an array that is not closed
builtins.fromJSON "[1, 2"
