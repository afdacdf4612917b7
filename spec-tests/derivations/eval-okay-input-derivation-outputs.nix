# Inputs record which outputs of a derivation are used.
let
  dep = derivation { name = "dep"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" "lib" ]; };
  useDev = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; inc = "${dep.dev}/include"; };
  useBoth = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; inc = "${dep.dev}/include"; libs = dep.lib; };
in [ useDev.drvPath useDev.outPath useBoth.drvPath useBoth.outPath ]
