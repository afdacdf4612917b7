# __functor may return another functor
let f = { __functor = self: x: { __functor = self2: y: x * y; }; }; in f 3 4
