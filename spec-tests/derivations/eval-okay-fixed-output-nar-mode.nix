# outputHashMode nar is the new name of recursive.
let
  a = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputHashMode = "nar"; outputHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="; };
  b = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputHashMode = "recursive"; outputHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="; };
in [ a.drvPath b.drvPath a.outPath b.outPath ]
