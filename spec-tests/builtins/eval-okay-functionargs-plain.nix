# functionArgs of a plain lambda and of builtins is empty
[ (builtins.functionArgs (x: x)) (builtins.functionArgs builtins.map) (builtins.functionArgs (builtins.map (x: x))) ]
