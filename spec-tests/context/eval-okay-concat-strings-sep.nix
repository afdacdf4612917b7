# concatStringsSep keeps the contexts of the parts and of the separator.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; in [ (builtins.getContext (builtins.concatStringsSep "," [ "a" "${d}" ])) (builtins.getContext (builtins.concatStringsSep "${d.dev}" [ "a" "b" ])) ]
