# negating the minimum integer overflows (unary minus is 0 - x)
- ((-9223372036854775807) - 1)
