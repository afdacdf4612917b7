# split and match keep no context in their results.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; s = "${d}-x"; in [ (builtins.getContext (builtins.head (builtins.split "-" s))) (builtins.getContext (builtins.head (builtins.match "(.*)-x" s))) ]
