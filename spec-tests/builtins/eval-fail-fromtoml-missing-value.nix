# fromTOML: a key without a value
builtins.fromTOML "a = "
