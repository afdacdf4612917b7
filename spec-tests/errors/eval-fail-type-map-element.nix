# an error in a mapped element shows the list context
map (x: x + 1) [ 1 "two" 3 ]
