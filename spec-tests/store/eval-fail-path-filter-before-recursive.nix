# builtins.path looks at `filter` before `recursive`
builtins.path { recursive = 1; filter = 2; }
