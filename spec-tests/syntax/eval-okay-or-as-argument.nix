# or may be bound by let and used as a function argument
let f = x: x + 1; or = 1; in f or
