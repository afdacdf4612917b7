# a base-16 hash with a bad digit
builtins.convertHash { hash = "900150983cd24fb0d6963f7d28e17f7g"; hashAlgo = "md5"; toHashFormat = "base16"; }
