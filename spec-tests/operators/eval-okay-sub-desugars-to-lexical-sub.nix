# a - b and -a are calls to whatever __sub is in lexical scope
let __sub = a: b: "sub(${toString a},${toString b})"; in [ (5 - 2) (-3) ]
