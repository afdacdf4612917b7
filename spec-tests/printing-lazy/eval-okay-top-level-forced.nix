# the top-level value is evaluated
let x = { a = 1; }; in x // { b = 2; }
