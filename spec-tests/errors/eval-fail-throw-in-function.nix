# throw reached through a function call shows the call in the trace
let check = x: if x > 0 then x else throw "x must be positive"; in check (-1)
