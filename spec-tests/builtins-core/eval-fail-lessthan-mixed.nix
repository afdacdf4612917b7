# builtins.lessThan with incomparable types
builtins.lessThan 1 "1"
