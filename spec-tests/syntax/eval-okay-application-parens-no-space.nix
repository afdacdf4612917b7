# application works without spaces around parentheses
(x: x * 3)(2)
