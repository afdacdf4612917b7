# hashString accepts a string with context and drops the context
builtins.compareVersions (builtins.hashString "sha1" "${../../fixtures/paths/data.txt}") "1"
