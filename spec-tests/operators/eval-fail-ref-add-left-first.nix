# with two failing operands, the left one is evaluated first and its error wins
(throw "left") + (throw "right")
