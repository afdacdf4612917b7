# overriding import itself through scopedImport
scopedImport { import = p: "intercepted ${baseNameOf p}"; } ../../fixtures/import/uses-import.nix
