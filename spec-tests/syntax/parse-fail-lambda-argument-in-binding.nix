# in a binding's value, the misplaced function's error expects ';'
let a = f x: x; in a
