# in a rec set, own attributes shadow the enclosing let
let a = "outer"; in rec { a = "inner"; b = a; }
