# a shared list also prints as «repeated»
let l = [ 1 2 ]; in { a = l; b = l; }
