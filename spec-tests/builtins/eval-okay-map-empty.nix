# map on an empty list does not look at the function
map 1 [ ]
