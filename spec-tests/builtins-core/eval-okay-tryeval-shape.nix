# tryEval returns { success; value; }
[ (builtins.tryEval 5) (builtins.tryEval (throw "x")) ]
