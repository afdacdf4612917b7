# fromJSON: trailing comma in an object
builtins.fromJSON "{\"a\":1,}"
