# the input must be a string (no coercion)
builtins.replaceStrings [ "a" ] [ "b" ] { outPath = "a"; }
