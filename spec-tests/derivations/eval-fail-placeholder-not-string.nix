# placeholder takes a string.
builtins.placeholder 1
