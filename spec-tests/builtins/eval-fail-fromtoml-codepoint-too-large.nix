# fromTOML: an 8-digit escape beyond U+10FFFF
builtins.fromTOML "a = \"\\U00110000\""
