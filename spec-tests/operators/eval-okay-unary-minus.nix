# unary minus on ints and floats
[ (-3) (-(2.5)) (- -4) (-(-(1))) ]
