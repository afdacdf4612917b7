# without --strict only what is already evaluated is printed; literals and variables are never thunks
let x = 2; in { a = 1; b = 1 + 1; c = [ 1 ]; d = [ ]; e = x; f = "s"; g = x: x; }
