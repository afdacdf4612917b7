# shared scalars and strings are printed in full
let s = "str"; n = 5; in [ s s n n ]
