# fromTOML: February 30th
builtins.fromTOML "a = 1979-02-30"
