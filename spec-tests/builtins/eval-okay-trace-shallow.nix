# trace only forces the head of its first argument
builtins.trace { a = throw "inner"; } 1
