# ordering of integers
[ (1 < 2) (2 < 1) (1 <= 1) (1 > 0) (1 >= 2) (-1 < 0) ]
