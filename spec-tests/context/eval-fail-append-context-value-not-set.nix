# Each context entry must be a set.
builtins.appendContext "x" { "/nix/store/nnqh7675wghd0xmrywqm2yh9psrkk13q-a.drv" = true; }
