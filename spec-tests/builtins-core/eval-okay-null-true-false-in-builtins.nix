# builtins.true, builtins.false and builtins.null
[ builtins.true builtins.false builtins.null ]
