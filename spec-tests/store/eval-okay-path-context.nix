# builtins.path: the result refers to its store path
builtins.getContext (builtins.path { path = ../../fixtures/store/data.txt; })
