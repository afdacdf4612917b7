# --strict printing forces nested values
let f = x: x + 1; in { a = [ (f 1) { b = f 2; } ]; }
