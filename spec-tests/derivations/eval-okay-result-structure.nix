# The result's parts: drvAttrs is the argument, out is the result itself, all lists the outputs.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; extra = 1; };
in {
  type = d.type;
  drvAttrs = d.drvAttrs;
  outIsSelf = d.out.outPath == d.outPath;
  devName = d.dev.outputName;
  allNames = map (o: o.outputName) d.all;
  extra = d.dev.extra;
}
