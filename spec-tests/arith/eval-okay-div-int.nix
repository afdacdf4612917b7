# integer division truncates
[ (7 / 2) (6 / 3) (1 / 3) ]
