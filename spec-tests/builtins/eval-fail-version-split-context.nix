# splitVersion refuses strings with context
builtins.splitVersion "${../../fixtures/paths/data.txt}"
