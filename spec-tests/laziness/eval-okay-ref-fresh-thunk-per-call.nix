# each call of a function makes fresh thunks for its lazy subexpressions: "made" is traced twice
let f = x: [ (builtins.trace "made" 1) ]; in builtins.head (f 1) + builtins.head (f 2)
