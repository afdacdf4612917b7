# An input derivation this evaluation did not instantiate cannot be read.
(derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; d = builtins.appendContext "" { "/nix/store/nnqh7675wghd0xmrywqm2yh9psrkk13q-a.drv" = { outputs = [ "out" ]; }; }; }).drvPath
