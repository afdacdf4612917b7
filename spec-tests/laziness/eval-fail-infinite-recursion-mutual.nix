# two bindings depending on each other
let a = b; b = a; in a
