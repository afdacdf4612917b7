# toFile's name must be a valid store path name.
builtins.toFile "a/b" "x"
