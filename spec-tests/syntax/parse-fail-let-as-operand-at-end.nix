# 'let' at the end of the file where an operand is needed
1 + let
