# A flat SHA-256 fixed output given in SRI form.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="; };
in [ d.drvPath d.outPath ]
