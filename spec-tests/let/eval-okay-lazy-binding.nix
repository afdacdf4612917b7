# unused let bindings are not evaluated
let x = throw "unused"; y = 1; in y
