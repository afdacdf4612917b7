# builtins.path with recursive = false: a flat hash of the file
builtins.path { path = ../../fixtures/store/data.txt; recursive = false; }
