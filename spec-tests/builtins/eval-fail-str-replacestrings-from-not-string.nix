# the patterns are forced (before the string) and must be strings
builtins.replaceStrings [ 1 ] [ "a" ] (throw "not reached")
