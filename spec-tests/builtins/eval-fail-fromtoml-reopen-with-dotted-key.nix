# fromTOML: a dotted key cannot reopen a table made by a header
builtins.fromTOML "[a.b]\nc = 1\n[a]\nb.d = 2"
