# toPath of a path value
builtins.typeOf (builtins.toPath ./.)
