# parseDrvName needs a string
builtins.parseDrvName { name = "a-1"; }
