# infinite recursion through attribute selection
let s = { a = s.b; b = s.a; }; in s.a
