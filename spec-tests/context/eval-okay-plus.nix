# + on strings joins their contexts.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; in builtins.getContext (d.drvPath + "/" + d.dev.outPath)
