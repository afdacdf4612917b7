# readFile reads a path relative to this file
builtins.readFile ../../fixtures/paths/data.txt
