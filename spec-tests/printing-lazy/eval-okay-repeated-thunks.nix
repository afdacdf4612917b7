# shared thunks print as <CODE>, not «repeated»
let a = { x = 1; }; in [ a a ]
