# scopedImport with an empty scope behaves like import
scopedImport { } ../../fixtures/import/scalar.nix
