# || does not evaluate its right side when the left is true
true || throw "unused"
