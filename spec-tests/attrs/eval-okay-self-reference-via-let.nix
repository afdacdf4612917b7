# a set can refer to itself through a let binding
let s = { a = 1; b = s.a + 1; }; in s.b
