# Each output has its own path; the drv path is shared; the first output is the result.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" "lib" ]; };
in {
  inherit (d) drvPath outPath outputName;
  dev = d.dev.outPath;
  lib = d.lib.outPath;
  libName = d.lib.outputName;
  libDrv = d.lib.drvPath;
  all = map (o: o.outPath) d.all;
}
