# fromTOML: a key without `=`
builtins.fromTOML "a"
