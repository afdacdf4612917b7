# storePath checks the store path's hash characters.
builtins.storePath "/nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-a"
