# calling a list
[ 1 ] 2
