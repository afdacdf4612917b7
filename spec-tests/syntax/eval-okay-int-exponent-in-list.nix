# in a list, 2e3 is two elements: the integer 2 and the variable e3
let e3 = 7; in [ 2e3 ]
