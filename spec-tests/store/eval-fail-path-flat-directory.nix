# builtins.path with recursive = false on a directory
builtins.path { path = ./.; recursive = false; }
