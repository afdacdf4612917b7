# The store directory itself is not in the store.
builtins.storePath "/nix/store/"
