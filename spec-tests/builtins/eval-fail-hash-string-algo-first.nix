# the algorithm is checked before the string is forced
builtins.hashString "foo" (throw "not forced")
