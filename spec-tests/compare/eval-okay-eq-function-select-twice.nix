# selecting the same function twice gives values that are not equal
let f = x: x; s = { a = f; }; in s.a == s.a
