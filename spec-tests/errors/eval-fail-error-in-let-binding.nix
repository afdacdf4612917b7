# an error in a let-bound value used by the body
let v = 1 + null; in v
