# baseNameOf coerces sets with outPath or __toString
[ (builtins.baseNameOf { outPath = "/a/b/"; }) (builtins.baseNameOf { __toString = self: "x/y"; }) ]
