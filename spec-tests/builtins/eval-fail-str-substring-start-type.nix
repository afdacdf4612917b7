# the start must be an integer
builtins.substring "1" 1 "abc"
