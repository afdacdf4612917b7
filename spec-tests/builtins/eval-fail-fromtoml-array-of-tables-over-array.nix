# fromTOML: [[a]] after a = [] (not an array of tables)
builtins.fromTOML "a = []\n[[a]]"
