# builtins.path: a filter that drops symlinks by their type
builtins.path { path = ../../fixtures/store/tree; filter = p: t: t != "symlink"; }
