# an unknown hashAlgo
builtins.convertHash { hash = "x"; hashAlgo = "blake3"; toHashFormat = "sri"; }
