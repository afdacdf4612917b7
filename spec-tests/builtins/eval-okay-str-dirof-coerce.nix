# dirOf coerces sets with outPath or __toString to a string result
[ (builtins.dirOf { outPath = "/a/b/c"; }) (builtins.dirOf { __toString = self: "x//y"; }) ]
