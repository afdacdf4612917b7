# fromTOML: an escape TOML 1.0 does not have
builtins.fromTOML "a = \"\\e\""
