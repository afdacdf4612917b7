# an undefined variable is a parse-time error
let a = 1; in a + b
