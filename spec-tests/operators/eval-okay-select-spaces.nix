# selection may have spaces around the dot
let x = { a = 1; }; in x . a
