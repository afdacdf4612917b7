# With structured attributes, system must not refer to store paths.
(derivation { name = "a"; builder = "/bin/sh"; system = "${builtins.toFile "s" "x"}"; __structuredAttrs = true; }).drvPath
