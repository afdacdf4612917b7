# a functor is still a set
builtins.typeOf { __functor = self: x: x; }
