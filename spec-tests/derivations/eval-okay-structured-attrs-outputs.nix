# With __structuredAttrs, outputs is a list and output paths are computed the same way.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; __structuredAttrs = true; outputs = [ "out" "dev" ]; };
in [ d.drvPath d.outPath d.dev.outPath ]
