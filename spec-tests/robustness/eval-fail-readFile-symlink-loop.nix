builtins.readFile ./helpers/loop-a.nix
