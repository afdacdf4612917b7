# restricted mode: the search path is kept as given
builtins.nixPath
