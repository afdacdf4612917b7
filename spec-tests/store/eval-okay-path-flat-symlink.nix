# builtins.path with recursive = false on a symlink: the file it points to is hashed
builtins.path { path = ../../fixtures/store/tree/link; recursive = false; }
