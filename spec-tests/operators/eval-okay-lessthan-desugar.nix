# <, >, <=, >= are built from the lexically scoped __lessThan
let __lessThan = a: b: a == 1; in [ (1 < 2) (2 > 1) (1 >= 2) (2 <= 1) ]
