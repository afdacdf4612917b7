# filterSource keeps what the filter accepts
builtins.filterSource (p: t: t != "symlink") ../../fixtures/store/tree
