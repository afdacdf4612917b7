# fromJSON: trailing comma in an array
builtins.fromJSON "[1,]"
