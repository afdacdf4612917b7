# builtins.path on a directory: the store path of its NAR (files, executable bit, symlink)
builtins.path { path = ../../fixtures/store/tree; }
