# a function body is not evaluated until the function is called
let f = x: throw "never called"; in builtins.isFunction f
