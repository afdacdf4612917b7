# split reports invalid patterns too
builtins.split "[" "a"
