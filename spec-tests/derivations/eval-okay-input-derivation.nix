# Using another derivation's output makes it an input derivation.
let
  dep = derivation { name = "dep"; builder = "/bin/sh"; system = "x86_64-linux"; };
  d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; dep = dep; script = "${dep}/bin/run"; };
in [ d.drvPath d.outPath ]
