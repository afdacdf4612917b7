# map requires a function for a non-empty list
map 1 [ 1 ]
