# fromJSON: keys must be strings
builtins.fromJSON "{a: 1}"
