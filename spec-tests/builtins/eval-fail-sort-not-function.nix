# sort requires a function for a non-empty list
builtins.sort 1 [ 1 ]
