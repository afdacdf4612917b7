# a one-argument lambda applied to a value
(x: x * 2) 21
