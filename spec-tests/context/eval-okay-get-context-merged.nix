# All references to one store path are shown together; outputs are sorted.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; in builtins.getContext "${d.dev} ${d.out} ${d.drvPath} ${builtins.unsafeDiscardOutputDependency d.drvPath}"
