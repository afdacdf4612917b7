# addErrorContext returns the value when there is no error, without coercing the message
builtins.addErrorContext (throw "message") 42
