# baseNameOf does not copy a path to the store: the result has no context
builtins.compareVersions (builtins.baseNameOf ../../fixtures/paths/data.txt) "1"
