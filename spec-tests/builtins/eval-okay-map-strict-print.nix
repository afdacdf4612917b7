# map results are computed when the list is printed
builtins.map (x: { y = x; }) [ 1 2 ]
