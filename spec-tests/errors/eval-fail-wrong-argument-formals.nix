# passing a non-set to a formals lambda
({ a, b }: a + b) 1
