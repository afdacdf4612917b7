# builtins.path accepts a string holding an absolute path
builtins.path { path = toString ../../fixtures/store/data.txt; }
