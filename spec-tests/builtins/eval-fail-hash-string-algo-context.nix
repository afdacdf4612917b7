# the algorithm name must not have a context
builtins.hashString "${../../fixtures/paths/data.txt}" ""
