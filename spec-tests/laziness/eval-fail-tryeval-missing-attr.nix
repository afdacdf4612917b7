# tryEval does not catch missing attributes
builtins.tryEval { }.a
