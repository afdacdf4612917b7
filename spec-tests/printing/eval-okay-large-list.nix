# a longer list prints on one line
builtins.genList (i: i * i) 12
