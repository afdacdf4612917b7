# the context of the input string is kept even when everything is replaced
builtins.compareVersions (builtins.replaceStrings [ "${../../fixtures/paths/data.txt}" ] [ "" ] "${../../fixtures/paths/data.txt}") "1"
