# scopedImport provides variables to the imported file
scopedImport { x = 1; y = 2; } ../../fixtures/import/free-variable.nix
