# builtins.path needs `path`
builtins.path { name = "x"; }
