# the matched value must be a string (no coercion)
builtins.match "a" { outPath = "a"; }
