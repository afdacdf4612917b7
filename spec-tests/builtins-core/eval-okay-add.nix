# builtins.add on ints and floats
[ (builtins.add 2 3) (builtins.add 2 0.5) (builtins.add 0.5 0.25) ]
