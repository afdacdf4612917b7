# Git hashing of outputs is an experimental feature.
(derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputHashMode = "git"; }).drvPath
