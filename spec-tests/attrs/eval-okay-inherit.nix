# inherit copies variables from the enclosing scope
let x = 1; y = 2; in { inherit x y; z = 3; }
