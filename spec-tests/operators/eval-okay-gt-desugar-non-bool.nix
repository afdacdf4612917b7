# > returns whatever __lessThan returns, without a bool check
let __lessThan = a: b: 42; in 1 > 2
