# negative integers are unary minus applied to a literal
[ (-5) (- 5) (-(-5)) (0 - 5) ]
