# fromTOML requires a string
builtins.fromTOML { }
