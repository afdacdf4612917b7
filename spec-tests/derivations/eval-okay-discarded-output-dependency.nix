# A .drv path without its outputs' closure is an input source.
let
  dep = derivation { name = "dep"; builder = "/bin/sh"; system = "x86_64-linux"; };
  d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; drv = builtins.unsafeDiscardOutputDependency dep.drvPath; };
in [ d.drvPath d.outPath ]
