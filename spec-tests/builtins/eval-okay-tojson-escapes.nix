# toJSON string escapes
builtins.toJSON "quote\" backslash\\ newline\n tab\t cr\r dollar\${x} é"
