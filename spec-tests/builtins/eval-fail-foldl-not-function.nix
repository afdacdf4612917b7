# foldl' requires a function
builtins.foldl' 1 0 [ ]
