# a functor set is not a function for isFunction
builtins.isFunction { __functor = self: x: x; }
