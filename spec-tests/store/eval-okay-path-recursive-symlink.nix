# builtins.path on a symlink: the link is resolved first, the name stays
builtins.path { path = ../../fixtures/store/tree/link; }
