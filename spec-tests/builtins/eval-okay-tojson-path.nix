# toJSON copies paths to the store
builtins.toJSON ../../fixtures/paths/data.txt
