# ... must be the last element of the pattern
({ ..., a }: a) { a = 1; }
