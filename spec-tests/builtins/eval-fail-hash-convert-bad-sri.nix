# an SRI hash whose body does not decode to the digest size
builtins.convertHash { hash = "md5-kAFQmDzST7DWlj99KOF/c"; toHashFormat = "base16"; }
