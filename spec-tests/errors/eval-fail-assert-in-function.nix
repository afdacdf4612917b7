# an assert inside a function body
let f = x: assert x != null; x; in f null
