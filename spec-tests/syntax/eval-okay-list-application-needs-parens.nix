# function application inside a list must be parenthesised
let f = x: x + 1; in [ (f 1) f ]
