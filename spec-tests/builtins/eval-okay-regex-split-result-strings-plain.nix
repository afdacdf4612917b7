# split: the parts of a split string carry no context
builtins.compareVersions (builtins.head (builtins.split "/" "${../../fixtures/paths/data.txt}")) "1"
