# inherit inside rec takes the variable from the enclosing scope, not the set
let x = "outer"; in rec { inherit x; y = x; }
