# Only a .drv path can have all its outputs referred to.
builtins.appendContext "x" { "/nix/store/nnqh7675wghd0xmrywqm2yh9psrkk13q-a" = { allOutputs = true; }; }
