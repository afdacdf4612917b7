# the string argument is coerced as in interpolation: integers are an error
builtins.substring 0 1 1
