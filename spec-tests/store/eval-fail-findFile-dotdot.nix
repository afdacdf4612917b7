# findFile: `..` in the name cannot leave the entry
builtins.findFile [ { path = ../../fixtures/store/tree; } ] "../tree/a.txt"
