# a missing required argument is reported before an unexpected one
({ a }: a) { b = 1; }
