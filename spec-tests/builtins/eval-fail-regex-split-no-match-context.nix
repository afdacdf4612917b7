# split: without a match the input is returned as it is, context included
builtins.compareVersions (builtins.head (builtins.split "Q" "${../../fixtures/paths/data.txt}")) "1"
