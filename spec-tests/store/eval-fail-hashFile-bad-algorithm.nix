# hashFile checks the algorithm before the path
builtins.hashFile "crc32" (throw "path")
