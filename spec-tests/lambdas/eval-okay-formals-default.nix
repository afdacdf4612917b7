# formals may have default values
({ a, b ? 5 }: a + b) { a = 1; }
