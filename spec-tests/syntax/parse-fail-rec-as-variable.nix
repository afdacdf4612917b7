# rec is a keyword
let rec = 1; in rec
