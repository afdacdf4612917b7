# appendContext adds plain paths, whole derivations and outputs.
builtins.getContext (builtins.appendContext "x" { "/nix/store/nnqh7675wghd0xmrywqm2yh9psrkk13q-a.drv" = { path = true; allOutputs = true; outputs = [ "out" "bin" ]; }; })
