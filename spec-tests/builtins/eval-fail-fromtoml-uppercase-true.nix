# fromTOML: booleans are lowercase
builtins.fromTOML "a = True"
