# unsafeDiscardOutputDependency turns a whole derivation into a plain .drv path, other references stay.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; in builtins.getContext (builtins.unsafeDiscardOutputDependency "${d.drvPath} ${d.dev}")
