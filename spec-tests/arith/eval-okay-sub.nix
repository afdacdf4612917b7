# subtraction of ints and floats
[ (10 - 3) (3 - 10) (2.5 - 1) (1 - 2.5) ]
