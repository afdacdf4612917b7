# fromTOML: a bad array element is reported twice, as toml11 does
builtins.fromTOML "a = [1, x]"
