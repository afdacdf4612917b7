# int + float promotes to float
[ (1 + 0.5) (0.5 + 1) (builtins.typeOf (1 + 1.0)) ]
