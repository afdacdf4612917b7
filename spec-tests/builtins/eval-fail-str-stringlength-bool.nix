# stringLength does not coerce Booleans
builtins.stringLength true
