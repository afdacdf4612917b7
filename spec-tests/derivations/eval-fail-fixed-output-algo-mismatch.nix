# The hash's own algorithm must agree with outputHashAlgo.
(derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputHashAlgo = "sha512"; outputHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="; }).drvPath
