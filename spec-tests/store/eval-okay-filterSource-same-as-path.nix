# filterSource accepting everything gives the same path as interpolation
builtins.filterSource (p: t: true) ../../fixtures/store/tree == "${../../fixtures/store/tree}"
