# compareVersions refuses strings with context
builtins.compareVersions "${../../fixtures/paths/data.txt}" "1"
