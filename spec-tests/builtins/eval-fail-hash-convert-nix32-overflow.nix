# a nix32 hash whose first digit sets bits beyond the digest
builtins.convertHash { hash = "zjgzhjhz9zjvbb0kyj7jc500ch"; hashAlgo = "md5"; toHashFormat = "base16"; }
