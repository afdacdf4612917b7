# the hash must be a string
builtins.convertHash { hash = 1; toHashFormat = throw "not forced"; }
