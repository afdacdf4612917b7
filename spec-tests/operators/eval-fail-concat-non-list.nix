# ++ requires lists
[ 1 ] ++ 2
