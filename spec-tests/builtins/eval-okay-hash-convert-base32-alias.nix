# convertHash accepts the deprecated format name base32 (with a warning on stderr)
builtins.convertHash { hash = "sha1:a9993e364706816aba3e25717850c26c9cd0d89d"; toHashFormat = "base32"; }
