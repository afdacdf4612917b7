# { ... } accepts any set
({ ... }: "any") { x = 1; }
