# builtins.sub
[ (builtins.sub 10 4) (builtins.sub 1 1.5) ]
