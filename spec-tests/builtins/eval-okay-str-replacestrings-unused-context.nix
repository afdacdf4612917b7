# the context of an unused replacement does not join the result
builtins.compareVersions (builtins.replaceStrings [ "z" ] [ "${../../fixtures/paths/data.txt}" ] "1.0") "1"
