# a function cannot be an application's argument without parentheses
(a: a) x: x
