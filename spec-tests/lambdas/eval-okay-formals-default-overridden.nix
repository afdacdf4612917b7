# a supplied argument overrides the default
({ a ? 1 }: a) { a = 2; }
