# large and small floats switch to exponent notation
[ 1.5e3 123456789.0 1.0e-5 1.0e21 0.0001 100000.0 1000000.0 ]
