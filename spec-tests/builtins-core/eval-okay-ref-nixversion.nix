# nixVersion is the version of C++ Nix the evaluator follows (at least 2.26 here)
[ (builtins.isString builtins.nixVersion) (builtins.compareVersions builtins.nixVersion "2.26" >= 0) ]
