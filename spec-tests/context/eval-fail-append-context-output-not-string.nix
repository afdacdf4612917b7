# Output names must be strings.
builtins.appendContext "x" { "/nix/store/nnqh7675wghd0xmrywqm2yh9psrkk13q-a.drv" = { outputs = [ 1 ]; }; }
