# fromTOML: an underscore not between digits
builtins.fromTOML "a = 1__000"
