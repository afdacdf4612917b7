# The first listed output is the default one, and the order changes the drv path.
let
  a = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "bin" ]; };
  b = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "bin" "out" ]; };
in [ a.outputName b.outputName a.drvPath b.drvPath a.bin.outPath b.bin.outPath ]
