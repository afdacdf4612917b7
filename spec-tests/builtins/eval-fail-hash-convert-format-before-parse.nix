# the format is checked before the hash is parsed
builtins.convertHash { hash = "bad"; hashAlgo = "md5"; toHashFormat = "hex"; }
