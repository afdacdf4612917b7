# dirOf keeps the string context of its argument
builtins.compareVersions (builtins.dirOf "${../../fixtures/paths/data.txt}") "1"
