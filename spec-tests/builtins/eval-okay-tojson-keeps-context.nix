# toJSON keeps the string context (so fromJSON refuses the result)
builtins.tryEval (builtins.toJSON "${../../fixtures/paths/data.txt}")
