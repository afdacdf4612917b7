# storeDir is the store directory.
builtins.storeDir
