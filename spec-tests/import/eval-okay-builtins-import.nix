# builtins.import is the same as import
builtins.import ../../fixtures/import/scalar.nix
