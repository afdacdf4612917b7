# a set with __functor prints as a set
{ __functor = self: x: x; v = 1; }
