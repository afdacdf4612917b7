# in a non-rec set, names refer to the enclosing scope
let a = "outer"; in { a = "inner"; b = a; }
