# calling a formals lambda with an unknown attribute
({ a }: a) { a = 1; b = 2; }
