# a plain import inside a scopedImported file does not see the scope
scopedImport { toString = x: "shadowed"; } ../../fixtures/import/nested-scoped.nix
