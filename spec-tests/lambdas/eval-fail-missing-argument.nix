# calling a formals lambda without a required attribute
({ a, b }: a) { a = 1; }
