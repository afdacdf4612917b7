# the empty pattern rejects a non-empty set
({ }: 1) { a = 1; }
