# fromTOML: a key defined again after a value spanning many lines (first, ... and last line shown)
builtins.fromTOML "a = [\n  1,\n  2,\n  3,\n]\na = 3"
