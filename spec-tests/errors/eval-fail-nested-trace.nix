# an error several function calls deep
let f = x: g x; g = x: h x; h = x: x.missing; in f { }
