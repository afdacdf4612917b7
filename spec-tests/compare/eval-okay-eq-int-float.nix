# an int and a float with the same value are equal
[ (1 == 1.0) (0 == 0.0) (1 == 1.5) ]
