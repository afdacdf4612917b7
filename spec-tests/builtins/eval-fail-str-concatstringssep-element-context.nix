# the elements' contexts are kept
builtins.compareVersions (builtins.concatStringsSep "" [ "a" "${../../fixtures/paths/data.txt}" ]) "1"
