# appendContext reads back what getContext shows.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; s = "${d.dev}${d.drvPath}${builtins.toFile "f" "x"}"; in builtins.getContext (builtins.appendContext "" (builtins.getContext s)) == builtins.getContext s
