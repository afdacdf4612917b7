# a default can use a supplied formal
({ a, b ? a * 2 }: b) { a = 21; }
