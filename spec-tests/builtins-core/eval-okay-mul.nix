# builtins.mul
[ (builtins.mul 6 7) (builtins.mul 1.5 2) ]
