# undefined variables are detected before evaluation
let a = 1; in b
