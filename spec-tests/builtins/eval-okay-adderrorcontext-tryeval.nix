# tryEval still catches a throw through addErrorContext
builtins.tryEval (builtins.addErrorContext "context" (throw "inner"))
