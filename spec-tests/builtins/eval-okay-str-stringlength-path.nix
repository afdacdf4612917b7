# a path is copied to the store and the store path is measured
builtins.stringLength ../../fixtures/paths/data.txt
