# the or operator in selection
[ ({ }.x or 1) ({ x = 2; }.x or 1) ]
