# the right operand of && must also be a boolean
true && 1
