# a lambda argument shadows a let binding
let x = 1; f = x: x * 100; in f 2
