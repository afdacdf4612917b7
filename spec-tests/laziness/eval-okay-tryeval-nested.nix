# nested tryEval
builtins.tryEval (builtins.tryEval (throw "x")).value
