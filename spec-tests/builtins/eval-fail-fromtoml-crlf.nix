# fromTOML: a lone carriage return is no line break
builtins.fromTOML "a = 1\rb = 2"
