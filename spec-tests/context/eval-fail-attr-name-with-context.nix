# An attribute name must not refer to store paths.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; in { ${d.outPath} = 1; }
