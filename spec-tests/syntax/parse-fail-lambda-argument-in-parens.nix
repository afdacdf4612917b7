# inside parentheses, the misplaced function's error expects the closing parenthesis
(f x: x)
