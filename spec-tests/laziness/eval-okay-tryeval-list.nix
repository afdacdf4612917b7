# tryEval of a list returns it unchanged
builtins.tryEval [ 1 2 ]
