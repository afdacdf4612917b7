# fromTOML: two array elements without a comma
builtins.fromTOML "a = [1 2]"
