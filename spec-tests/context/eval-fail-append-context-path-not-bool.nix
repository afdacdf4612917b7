# The path flag must be a Boolean.
builtins.appendContext "x" { "/nix/store/nnqh7675wghd0xmrywqm2yh9psrkk13q-a.drv" = { path = "yes"; }; }
