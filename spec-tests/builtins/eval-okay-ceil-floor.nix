# ceil and floor of floats, including negative halves and -0.5
[ (builtins.ceil 1.5) (builtins.floor 1.5) (builtins.ceil (-1.5)) (builtins.floor (-1.5)) (builtins.ceil (-0.5)) (builtins.floor 2.0) ]
