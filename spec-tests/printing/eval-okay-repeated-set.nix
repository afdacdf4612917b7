# a set value shared twice prints as «repeated» the second time
let a = { x = 1; }; in [ a a ]
