# An empty outputHash needs outputHashAlgo.
(derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputHash = ""; }).drvPath
