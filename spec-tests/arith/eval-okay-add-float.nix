# float addition
[ (1.5 + 2.25) (0.1 + 0.2) ]
