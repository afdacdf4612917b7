# ? on a non-set is false rather than an error
[ (1 ? a) ("s" ? a) (null ? a) ]
