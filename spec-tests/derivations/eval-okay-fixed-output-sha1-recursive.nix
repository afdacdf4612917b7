# A recursive SHA-1 fixed output (not a source path) in nix32.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputHashMode = "recursive"; outputHashAlgo = "sha1"; outputHash = "0ci8b3ky0ympddxxlwh7c7ba2a4bb4y0"; };
in [ d.drvPath d.outPath ]
