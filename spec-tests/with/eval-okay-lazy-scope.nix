# the with expression is not evaluated when no variable needs it
let x = 1; in with (throw "never"); x
