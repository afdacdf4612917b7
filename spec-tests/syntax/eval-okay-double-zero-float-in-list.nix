# in a list, 00.5 is two elements: the integer 0 and the float 0.5
[ 00.5 ]
