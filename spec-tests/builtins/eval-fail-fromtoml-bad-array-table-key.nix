# fromTOML: an array-of-tables header closed by one bracket
builtins.fromTOML "[[a]\nb = 1"
