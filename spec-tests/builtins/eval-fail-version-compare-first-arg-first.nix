# the first argument is checked before the second is forced
builtins.compareVersions 1 (throw "not reached")
