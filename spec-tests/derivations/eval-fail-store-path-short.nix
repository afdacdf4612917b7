# storePath checks the store path's name.
builtins.storePath "/nix/store/abc/def"
