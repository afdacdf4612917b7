# operands are evaluated left to right, interpolated parts too; > evaluates its right operand first
let t = builtins.trace; in [
  ((t "plus: left" 1) + (t "plus: right" 2))
  "${t "string: first" "a"}${t "string: second" "b"}"
  ((t "greater: left" 1) > (t "greater: right" 2))
]
