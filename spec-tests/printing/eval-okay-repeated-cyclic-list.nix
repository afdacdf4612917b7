# a list that contains itself
let l = [ l ]; in l
