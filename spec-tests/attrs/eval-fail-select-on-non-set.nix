# selecting from a non-set value
let x = 1; in x.a
