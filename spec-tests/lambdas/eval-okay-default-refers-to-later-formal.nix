# a default may refer to a formal written after it, given or defaulted
let f = { x ? y, y ? x }: x + y; in [ (f { x = "c"; }) (f { y = "d"; }) (f { x = "a"; y = "b"; }) ]
