# __functor must be a function taking the set
let f = { __functor = 1; }; in f 2
