# fromTOML: a multi-line string never closed
builtins.fromTOML "a = \"\"\"\nx\ny"
