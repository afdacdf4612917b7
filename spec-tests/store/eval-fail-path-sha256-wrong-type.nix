# builtins.path: the sha256 must be a SHA-256 hash
builtins.path { path = ../../fixtures/store/data.txt; sha256 = "sha1:aaaa"; }
