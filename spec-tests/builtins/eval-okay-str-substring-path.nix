# a path argument is copied to the store first
builtins.substring 0 11 ../../fixtures/paths/data.txt
