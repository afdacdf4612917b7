# tryEval catches assertion failures
builtins.tryEval (assert false; 1)
