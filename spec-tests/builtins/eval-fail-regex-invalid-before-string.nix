# the pattern is compiled before the string is forced
builtins.match "(" (throw "not forced")
