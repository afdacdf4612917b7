# stringLength does not coerce integers
builtins.stringLength 1
