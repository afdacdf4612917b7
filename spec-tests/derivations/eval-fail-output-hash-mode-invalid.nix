# outputHashMode must be flat, nar or recursive.
(derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputHashMode = "deep"; }).drvPath
