# let requires in
let a = 1; a
