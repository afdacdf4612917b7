# an error while evaluating a list operand
[ 1 ] ++ (throw "not a list")
