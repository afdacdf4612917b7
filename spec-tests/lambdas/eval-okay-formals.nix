# a set pattern destructures the argument
({ a, b }: a - b) { a = 10; b = 3; }
