# filterSource on a string with context: its store path must be valid
builtins.filterSource (p: t: true) "${../../fixtures/store/tree}"
