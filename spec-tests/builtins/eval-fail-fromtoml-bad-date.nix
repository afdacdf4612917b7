# fromTOML: a month that does not exist
builtins.fromTOML "a = 1979-13-01"
