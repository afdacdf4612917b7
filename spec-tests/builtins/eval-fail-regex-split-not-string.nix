# the split value must be a string (no coercion)
builtins.split "a" 1
