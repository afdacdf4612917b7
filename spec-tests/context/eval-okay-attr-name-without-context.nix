# A string stripped of its context can be an attribute name.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; in builtins.attrNames { ${builtins.unsafeDiscardStringContext d.outPath} = 1; }
