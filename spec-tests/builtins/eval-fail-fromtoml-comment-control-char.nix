# fromTOML: a control character (DEL, written raw here) in a comment; toml11 points past the line
builtins.fromTOML "a = 1 # x"
