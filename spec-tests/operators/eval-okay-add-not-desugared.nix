# + is not overridable through __add
let __add = a: b: "add"; in 1 + 2
