# the context of a used replacement joins the result
builtins.compareVersions (builtins.replaceStrings [ "a" ] [ "${../../fixtures/paths/data.txt}" ] "xa") "1"
