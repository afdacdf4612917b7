# an unknown algorithm in the prefix
builtins.convertHash { hash = "foo:abc"; toHashFormat = "sri"; }
