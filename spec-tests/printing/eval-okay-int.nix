# integers print in decimal
[ 0 1 (-1) 1234567890123 ]
