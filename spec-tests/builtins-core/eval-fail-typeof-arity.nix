# typeOf applied with too many arguments: the result is a string, not a function
builtins.typeOf 1 2
