# An empty builder counts as missing.
(derivation { name = "a"; builder = ""; system = "x86_64-linux"; }).drvPath
