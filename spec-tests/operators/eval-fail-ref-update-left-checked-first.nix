# // checks its left operand is a set before it evaluates the right one
1 // (throw "right")
