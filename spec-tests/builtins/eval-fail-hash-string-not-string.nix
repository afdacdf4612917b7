# hashString does not coerce its input
builtins.hashString "sha256" 1
