# addDrvOutputDependencies does not take a derivation output.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; in builtins.addDrvOutputDependencies d.dev.outPath
