# fromJSON: a misspelt literal, reported with what was read
builtins.fromJSON "[true, nul]"
