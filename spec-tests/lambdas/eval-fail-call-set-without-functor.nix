# a set without __functor cannot be called
{ a = 1; } 2
