# floats print in shortest %g-like form with 6 significant digits
[ 0.1 0.5 2.25 100.0 ]
