# a self-referential binding
let x = x; in x
