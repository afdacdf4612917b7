# a nix32 hash with a letter outside its alphabet
builtins.convertHash { hash = "3jgzhjhz9zjvbb0kyj7jc500ce"; hashAlgo = "md5"; toHashFormat = "base16"; }
