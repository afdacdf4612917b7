# storePath needs an absolute path.
builtins.storePath "nix/store/nnqh7675wghd0xmrywqm2yh9psrkk13q-a"
