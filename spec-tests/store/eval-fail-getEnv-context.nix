# getEnv rejects a name with context
builtins.getEnv "${../../fixtures/store/data.txt}"
