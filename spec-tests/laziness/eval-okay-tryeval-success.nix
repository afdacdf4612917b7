# tryEval on a successful expression returns its value
builtins.tryEval (1 + 1)
