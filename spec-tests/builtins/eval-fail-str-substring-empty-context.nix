# an empty substring keeps the context of the string
builtins.compareVersions (builtins.substring 0 0 "${../../fixtures/paths/data.txt}") "1"
