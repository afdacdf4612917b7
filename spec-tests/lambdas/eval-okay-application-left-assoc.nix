# function application is left associative
let k = a: b: a; in k 1 2
