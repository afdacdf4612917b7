# builtins add, sub, mul, div
[ (builtins.add 1 2) (builtins.sub 5 7) (builtins.mul 3 4) (builtins.div 9 2) (builtins.div 9.0 2) ]
