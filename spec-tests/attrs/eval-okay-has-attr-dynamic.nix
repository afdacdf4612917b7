# ? with quoted and dynamic names
let n = "b"; in [ ({ "a b" = 1; } ? "a b") ({ b = 1; } ? ${n}) ]
