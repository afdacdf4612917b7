# && checks that its right operand is a Boolean, even after a literal true
true && 1
