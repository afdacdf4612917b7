# trace forces its second argument
builtins.seq (builtins.trace "x" (throw "second")) 1
