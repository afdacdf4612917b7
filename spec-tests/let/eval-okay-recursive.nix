# let bindings are mutually recursive
let a = b + 1; b = 10; in a
