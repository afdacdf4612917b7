# a list element cannot be a function without parentheses; nothing is listed as expected
[ x: x ]
