# seq does not force list elements
builtins.seq [ (throw "not forced") ] "ok"
