# unused attribute values are never evaluated
let s = { a = throw "boom"; b = 2; }; in s.b
