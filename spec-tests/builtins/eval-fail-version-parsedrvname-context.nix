# parseDrvName refuses strings with context
builtins.parseDrvName "a-${../../fixtures/paths/data.txt}"
