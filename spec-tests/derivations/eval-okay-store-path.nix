# storePath accepts any path in the store and refers to the store path containing it.
let p = builtins.storePath "/nix/store/x/../nnqh7675wghd0xmrywqm2yh9psrkk13q-a//bin/../sh";
in { inherit p; context = builtins.getContext p; }
