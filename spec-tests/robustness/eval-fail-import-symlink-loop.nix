import ./helpers/loop-a.nix
