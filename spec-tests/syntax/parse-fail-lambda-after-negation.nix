# unary minus takes no function without parentheses
-x: x
