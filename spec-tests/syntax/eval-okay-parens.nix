# parentheses group expressions
(((1)))
