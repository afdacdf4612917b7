# fromTOML: text after a table header; toml11's note contains a raw CR
builtins.fromTOML "[a] x"
