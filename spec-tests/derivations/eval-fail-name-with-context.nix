# The name must not refer to store paths.
(derivation { name = builtins.toFile "n" "x"; builder = "/bin/sh"; system = "x86_64-linux"; }).drvPath
