# builtins.path on a path that does not exist
builtins.path { path = ./does-not-exist; }
