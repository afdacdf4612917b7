# Context keys are store paths in canonical form.
builtins.getContext (builtins.appendContext "x" { "/nix//store/./nnqh7675wghd0xmrywqm2yh9psrkk13q-a/" = { path = true; }; })
