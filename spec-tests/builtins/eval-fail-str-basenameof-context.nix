# baseNameOf keeps the string context of its argument
builtins.compareVersions (builtins.baseNameOf "${../../fixtures/paths/data.txt}") "1"
