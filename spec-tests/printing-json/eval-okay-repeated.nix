# shared values are printed in full in JSON
let a = { x = 1; }; in [ a a ]
