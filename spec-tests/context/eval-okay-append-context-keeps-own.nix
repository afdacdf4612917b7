# appendContext keeps the string's own context and text.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; s = builtins.appendContext "${d}" { "/nix/store/nnqh7675wghd0xmrywqm2yh9psrkk13q-a.drv" = { path = true; }; }; in { inherit s; context = builtins.getContext s; }
