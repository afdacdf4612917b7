# fromTOML: a leading zero before a decimal point
builtins.fromTOML "a = 01.5"
