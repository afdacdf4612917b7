# addErrorContext coerces the message only on error, and that can fail
builtins.addErrorContext 1 (throw "inner")
