# toJSON keeps the contexts of the strings it writes.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; in builtins.getContext (builtins.toJSON { x = d; y = [ d.drvPath ]; })
