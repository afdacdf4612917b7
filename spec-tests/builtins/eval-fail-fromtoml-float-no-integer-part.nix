# fromTOML: a float without its integer part
builtins.fromTOML "a = .5"
