# a binary operator takes no function as its right operand without parentheses
1 + x: x
