# a let with no bindings
let in 42
