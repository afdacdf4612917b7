# fromTOML: an empty table header
builtins.fromTOML "[]"
