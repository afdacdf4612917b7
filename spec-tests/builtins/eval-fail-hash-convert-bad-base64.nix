# an invalid base-64 character is reported as a bad hash
builtins.convertHash { hash = "kAFQmDzST7DWlj99KOF/c!=="; hashAlgo = "md5"; toHashFormat = "base16"; }
