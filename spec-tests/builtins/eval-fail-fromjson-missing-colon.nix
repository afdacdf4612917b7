# fromJSON: a key without a colon
builtins.fromJSON "{\"a\" 1}"
