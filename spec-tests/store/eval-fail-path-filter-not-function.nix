# builtins.path: `filter` must be a function
builtins.path { path = ../../fixtures/store/tree; filter = true; }
