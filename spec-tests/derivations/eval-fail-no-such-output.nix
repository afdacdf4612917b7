# An input derivation's output must exist.
let dep = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; }; in (derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; d = builtins.appendContext "" { ${builtins.unsafeDiscardStringContext dep.drvPath} = { outputs = [ "doc" ]; }; }; }).drvPath
