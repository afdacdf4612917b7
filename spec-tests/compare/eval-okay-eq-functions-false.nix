# functions are never equal, even to themselves
let f = x: x; in [ ((x: x) == (x: x)) (f == f) ]
