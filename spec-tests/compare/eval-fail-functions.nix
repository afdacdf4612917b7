# functions cannot be ordered
(x: x) < (x: x)
