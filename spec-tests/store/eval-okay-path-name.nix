# builtins.path: `name` replaces the base name in the store path
builtins.path { path = ../../fixtures/store/tree; name = "renamed"; }
