# fromTOML: a bad value inside an inline table: the error, then the missing `}`
builtins.fromTOML "a = { b = @ }"
