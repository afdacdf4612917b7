# list elements are not forced when printing lazily
[ (1 + 1) 2 "s" (throw "not forced") ]
