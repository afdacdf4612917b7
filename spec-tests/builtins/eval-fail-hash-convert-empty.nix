# an empty hash has the wrong length
builtins.convertHash { hash = "md5:"; toHashFormat = "base16"; }
