# division with a float operand gives a float
[ (7 / 2.0) (7.0 / 2) (1.0 / 4) (builtins.typeOf (4 / 2.0)) ]
