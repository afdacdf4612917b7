# fromJSON requires a string
builtins.fromJSON 1
