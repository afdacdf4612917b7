# builtins.path: an invalid store path name
builtins.path { path = ./data-for-hash.txt; name = "a b"; }
