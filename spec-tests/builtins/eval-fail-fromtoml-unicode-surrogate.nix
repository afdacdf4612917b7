# fromTOML: an escape naming a surrogate: toml11 reports it in its copy of the string
builtins.fromTOML "a = \"\\uD800\""
