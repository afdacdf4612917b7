# fromTOML: TOML 1.0 has no trailing comma in inline tables
builtins.fromTOML "a = { x = 1, }"
