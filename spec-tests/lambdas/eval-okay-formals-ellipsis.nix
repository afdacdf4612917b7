# ... accepts extra attributes
({ a, ... }: a) { a = 1; b = 2; c = 3; }
