# with of a list, forced by a variable lookup
with [ 1 ]; x
