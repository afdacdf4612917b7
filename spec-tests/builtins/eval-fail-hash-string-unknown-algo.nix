# hashString with an unknown algorithm name
builtins.hashString "sha3" "abc"
