# a-b is one identifier, a - b is subtraction
let a = 5; b = 3; a-b = 100; in [ a-b (a - b) (a -b) ]
