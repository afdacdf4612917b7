# ++ concatenates lists
[ 1 2 ] ++ [ 3 ] ++ [ ] ++ [ [ 4 ] ]
