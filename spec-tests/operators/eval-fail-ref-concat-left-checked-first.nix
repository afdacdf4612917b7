# ++ evaluates both operands, then checks the left one is a list first
1 ++ 2
