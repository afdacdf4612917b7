# a > b is __lessThan b a: the right operand is evaluated first, so the abort on the left is never reached
(abort "left") > (throw "right")
