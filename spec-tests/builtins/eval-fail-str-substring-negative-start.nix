# a negative start is an error
builtins.substring (-1) 2 "abc"
