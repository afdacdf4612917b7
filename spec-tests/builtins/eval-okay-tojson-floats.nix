# toJSON float formatting
builtins.toJSON [ 0.1 1.0 100.0 1.0e21 1.0e-7 123456789.125 (1.0 / 3) 1.0e15 1.0e16 0.0001 (-2.5e-10) ]
