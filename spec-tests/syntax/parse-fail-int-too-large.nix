# integer literals must fit in 64 bits
9223372036854775808
