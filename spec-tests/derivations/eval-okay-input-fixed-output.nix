# A fixed-output input counts by its output only: dependents of equal fixed outputs get equal output paths.
let
  srcA = derivation { name = "src"; builder = "/bin/sh"; system = "x86_64-linux"; outputHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="; };
  srcB = derivation { name = "src"; builder = "/bin/other"; system = "x86_64-linux"; outputHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="; };
  a = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; src = srcA; };
  b = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; src = srcB; };
in { sameOut = a.outPath == b.outPath; sameDrv = a.drvPath == b.drvPath; out = a.outPath; drvs = [ a.drvPath b.drvPath ]; }
