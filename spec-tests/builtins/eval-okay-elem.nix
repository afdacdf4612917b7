# elem compares with ==, ints and floats alike
[ (builtins.elem 2 [ 1 2 ]) (builtins.elem 2.0 [ 1 2 ]) (builtins.elem "a" [ ]) (builtins.elem [ 1 ] [ [ 1 ] ]) ]
