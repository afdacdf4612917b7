# a scopedImport scope can shadow a builtin
scopedImport { toString = x: "shadowed"; } ../../fixtures/import/uses-tostring.nix
