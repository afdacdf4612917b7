# dirOf does not coerce integers
builtins.dirOf 1
