# filterSource rejecting everything gives an empty directory
builtins.filterSource (p: t: false) ../../fixtures/store/tree
