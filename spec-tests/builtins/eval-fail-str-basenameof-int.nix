# baseNameOf does not coerce integers
builtins.baseNameOf 1
