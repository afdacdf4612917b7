# The simplest derivation: its .drv path and output path.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; };
in { inherit (d) drvPath outPath; }
