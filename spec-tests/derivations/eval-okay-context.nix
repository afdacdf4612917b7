# drvPath refers to the whole derivation, each outPath to one output.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; };
in { drv = builtins.getContext d.drvPath; out = builtins.getContext d.outPath; dev = builtins.getContext d.dev.outPath; }
