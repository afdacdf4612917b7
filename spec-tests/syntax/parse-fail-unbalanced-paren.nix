# a closing parenthesis with no opener
(1 + 2))
