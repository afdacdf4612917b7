# warn forces the message
builtins.warn (throw "message") 1
