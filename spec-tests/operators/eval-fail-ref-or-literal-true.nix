# || evaluates its left operand even when the right one is the literal true
(throw "left") || true
