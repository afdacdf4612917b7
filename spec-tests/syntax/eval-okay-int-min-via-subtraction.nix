# the smallest 64-bit integer can only be reached by arithmetic
(-9223372036854775807) - 1
