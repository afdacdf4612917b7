# addErrorContext adds its message to the error trace
builtins.addErrorContext "while doing something" (throw "inner")
