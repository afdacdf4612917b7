# the empty pattern accepts only the empty set
({ }: "empty") { }
