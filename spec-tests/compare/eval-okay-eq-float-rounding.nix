# float equality and ordering
[ (0.1 + 0.2 == 0.3) (0.5 + 0.25 == 0.75) ]
