# A derivation coerces to its outPath, with context.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; };
in [ (toString d) "${d}" (builtins.hasContext "${d}") (d == d) ]
