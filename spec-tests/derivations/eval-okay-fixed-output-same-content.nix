# Fixed outputs with the same hash and name share a path, whatever the builder.
let
  a = derivation { name = "src"; builder = "/bin/sh"; system = "x86_64-linux"; outputHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="; };
  b = derivation { name = "src"; builder = "/bin/bash"; system = "aarch64-linux"; outputHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="; };
in { sameOut = a.outPath == b.outPath; sameDrv = a.drvPath == b.drvPath; inherit (a) outPath; }
