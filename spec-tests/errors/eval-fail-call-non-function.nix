# calling an integer
let x = 1; in x 2
