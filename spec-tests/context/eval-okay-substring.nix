# substring keeps the whole context, even for an empty result.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; s = "${d}"; in [ (builtins.getContext (builtins.substring 0 11 s)) (builtins.getContext (builtins.substring 5 0 s)) (builtins.substring 0 11 s) ]
