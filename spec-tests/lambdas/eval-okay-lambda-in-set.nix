# functions stored in sets
let s = { f = x: x + 1; }; in s.f 1
