# interpolations can nest strings with their own interpolations
let a = "x"; in "1${"2${"3${a}"}"}"
