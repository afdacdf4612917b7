# storePath keeps its argument's context and adds the store path.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; };
in builtins.getContext (builtins.storePath "${d}/bin")
