# let can shadow builtin names
let toString = x: "mine"; in toString 1
