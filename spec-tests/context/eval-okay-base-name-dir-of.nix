# baseNameOf and dirOf keep the context.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; in [ (builtins.getContext (baseNameOf d.dev.outPath)) (builtins.getContext (dirOf "${d}/bin")) ]
