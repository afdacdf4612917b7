# a misplaced function is reported before a later unclosed parenthesis
(f x: x
