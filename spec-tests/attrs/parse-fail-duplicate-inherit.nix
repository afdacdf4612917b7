# inherit and a binding of the same name
let x = 1; in { inherit x; x = 2; }
