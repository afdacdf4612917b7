# when the left side is true, && evaluates to the right side
true && false
