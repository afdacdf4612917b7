# toString of a very large float
toString 1.0e20
