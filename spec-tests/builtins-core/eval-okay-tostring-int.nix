# toString of integers
[ (toString 0) (toString 42) (toString (-7)) ]
