# inherit in let copies from the enclosing scope
let x = 5; in let inherit x; in x
