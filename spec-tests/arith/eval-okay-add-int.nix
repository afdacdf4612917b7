# integer addition
[ (1 + 2) (-5 + 3) (0 + 0) ]
