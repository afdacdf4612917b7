# the assertion text of a compound condition
let a = true; b = false; in assert a && b; 1
