# length requires a list
builtins.length { }
