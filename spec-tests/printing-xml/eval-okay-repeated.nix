# shared values are printed in full in XML
let a = { x = 1; }; in [ a a ]
