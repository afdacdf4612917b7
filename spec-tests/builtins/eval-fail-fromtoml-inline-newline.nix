# fromTOML: TOML 1.0 has no line breaks in inline tables
builtins.fromTOML "a = { x = 1,\n y = 2 }"
