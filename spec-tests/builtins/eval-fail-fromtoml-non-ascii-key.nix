# fromTOML: TOML 1.0 bare keys are ASCII; the excerpt shows bytes beyond ASCII in hex
builtins.fromTOML "é = 1"
