# substring keeps the context of the string
builtins.compareVersions (builtins.substring 3 2 "${../../fixtures/paths/data.txt}") "1"
