# Only a .drv path has outputs.
builtins.appendContext "x" { "/nix/store/nnqh7675wghd0xmrywqm2yh9psrkk13q-a" = { outputs = [ "out" ]; }; }
