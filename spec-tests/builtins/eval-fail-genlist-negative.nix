# genList with a negative length
builtins.genList (i: i) (-1)
