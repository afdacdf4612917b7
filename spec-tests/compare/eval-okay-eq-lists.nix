# lists are equal elementwise
[ ([ 1 [ 2 ] ] == [ 1 [ 2 ] ]) ([ 1 ] == [ 1 2 ]) ([ ] == [ ]) ([ 1 ] == [ 1.0 ]) ]
