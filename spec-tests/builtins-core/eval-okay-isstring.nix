# isString
[ (builtins.isString "") (builtins.isString ''x'') (builtins.isString /a) (builtins.isString 1) ]
