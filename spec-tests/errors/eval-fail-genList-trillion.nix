# genList of a trillion elements cannot be allocated
builtins.length (builtins.genList (x: x) 1000000000000)
