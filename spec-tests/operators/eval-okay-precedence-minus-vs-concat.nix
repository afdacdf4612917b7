# ++ binds tighter than +
[ 1 ] ++ [ 2 ] ++ [ (3 + 4) ]
