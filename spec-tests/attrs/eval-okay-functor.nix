# a set with __functor can be called
let f = { n = 10; __functor = self: x: self.n + x; }; in f 5
