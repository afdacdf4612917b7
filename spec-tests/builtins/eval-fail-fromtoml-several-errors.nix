# fromTOML: toml11 reads on after an error and reports every one
builtins.fromTOML "a = \nb = 1 c\n[t]\nd = [1,\ne = 2"
