# multiplication of ints and floats
[ (6 * 7) (-3 * 4) (2.5 * 2) (builtins.typeOf (2 * 1.0)) ]
