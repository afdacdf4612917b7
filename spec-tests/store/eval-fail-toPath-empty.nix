# toPath of the empty string
builtins.toPath ""
