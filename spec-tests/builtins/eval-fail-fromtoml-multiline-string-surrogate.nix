# fromTOML: a surrogate escape in a multi-line string, reported in toml11's copy of the rest of the string
builtins.fromTOML "a = \"\"\"x\n\\uD800 y\"\"\""
