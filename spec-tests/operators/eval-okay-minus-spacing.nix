# subtraction without spaces and double negation
[ (1 - -1) (1--1) (5 -1) ]
