# valid float literal forms: digits.digits, leading dot, trailing dot, exponents
[ 0.1 1.0 1.5e3 .5 1.e3 2.5E2 1.5e-3 1.5e+3 0.5e1 ]
