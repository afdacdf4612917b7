# toString of a derivation, a list and a path keeps their references (paths are not copied).
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; in [ (builtins.getContext (toString d)) (builtins.getContext (toString [ d.dev d.drvPath ])) (builtins.hasContext (toString ../../fixtures/derivations/input.txt)) ]
