# ordering of floats and mixed int/float
[ (1.5 < 2) (2 < 1.5) (1 <= 1.0) (0.1 > 0) ]
