# 2e3 is not a float: it is the integer 2 applied to the variable e3
let e3 = 7; in 2e3
