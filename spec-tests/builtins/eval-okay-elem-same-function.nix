# elem finds a function that is the very same value, not an equal one
let f = x: x; in [ (builtins.elem f [ f ]) (builtins.elem f [ (x: x) ]) ]
