# a list that is never closed
[ 1 2
