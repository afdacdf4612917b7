# warn requires a string message
builtins.warn { } 1
