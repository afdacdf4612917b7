# the pattern must not have a context
builtins.match "${../../fixtures/paths/data.txt}" ""
