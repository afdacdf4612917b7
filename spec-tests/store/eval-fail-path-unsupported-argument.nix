# builtins.path rejects attributes it does not know
builtins.path { path = ../../fixtures/store/data.txt; hash = "x"; }
