# * and / are calls to the lexically scoped __mul and __div
let __mul = a: b: "mul"; __div = a: b: "div"; in [ (2 * 3) (6 / 2) ]
