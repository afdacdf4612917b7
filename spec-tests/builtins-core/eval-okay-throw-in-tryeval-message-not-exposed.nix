# tryEval gives false as the value and no message
(builtins.tryEval (throw "message")).value
