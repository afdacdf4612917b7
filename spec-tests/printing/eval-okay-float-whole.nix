# whole-valued floats print without a decimal point
[ 1.0 2.0 (-3.0) 0.0 ]
