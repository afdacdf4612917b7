# a set that refers to itself
let x = { inherit x; }; in x
