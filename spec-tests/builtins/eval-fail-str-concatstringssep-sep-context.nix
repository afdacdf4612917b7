# the separator's context is kept even for an empty list
builtins.compareVersions (builtins.concatStringsSep "${../../fixtures/paths/data.txt}" [ ]) "1"
