# fromJSON: text after the value
builtins.fromJSON "[1] 2"
