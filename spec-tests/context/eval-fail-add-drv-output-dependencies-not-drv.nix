# addDrvOutputDependencies needs a .drv path.
builtins.addDrvOutputDependencies (builtins.toFile "f" "x")
