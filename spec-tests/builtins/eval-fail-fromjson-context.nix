# fromJSON refuses a string that refers to a store path
builtins.fromJSON "\"${../../fixtures/paths/data.txt}\""
