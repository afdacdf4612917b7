# toJSON uses __toString, then outPath
builtins.toJSON [ { __toString = self: "s"; outPath = "o"; } { outPath = "/some/path"; x = 1; } { outPath = { a = 1; }; } ]
