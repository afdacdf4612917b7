# a function's body is a whole expression, but an argument in it is not
x: f y: y
