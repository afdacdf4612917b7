# != is the negation of ==
[ (1 != 1) ({ a = 1; } != { a = 1; }) ([ 1 ] != [ 2 ]) ]
