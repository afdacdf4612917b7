# builtins.path: a sha256 that does not match
builtins.path { path = ./data-for-hash.txt; sha256 = "0000000000000000000000000000000000000000000000000000"; }
