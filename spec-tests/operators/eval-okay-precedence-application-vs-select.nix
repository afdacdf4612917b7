# selection binds tighter than application
let s = { f = x: x + 1; v = 1; }; in s.f s.v
