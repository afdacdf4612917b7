# filterSource on a file: the top of the tree is never filtered
builtins.filterSource (p: t: false) ../../fixtures/store/data.txt
