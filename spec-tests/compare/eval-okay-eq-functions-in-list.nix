# identical function values inside lists compare equal by pointer
let f = x: x; in [ ([ f ] == [ f ]) ([ (x: x) ] == [ (x: x) ]) ]
