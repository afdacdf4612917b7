# An output path refers to that output of its derivation.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; in builtins.getContext "${d.dev}/include"
