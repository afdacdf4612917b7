# Text hashing of outputs is an experimental feature.
(derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputHashMode = "text"; outputHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="; }).drvPath
