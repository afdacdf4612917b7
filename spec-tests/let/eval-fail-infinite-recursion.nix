# a binding that depends on itself strictly
let x = x + 1; in x
