# a trailing comma in the pattern is allowed
({ a, b, }: a + b) { a = 1; b = 2; }
