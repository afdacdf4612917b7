# functionArgs: formals mapped to whether they have a default
builtins.functionArgs ({ a, b ? 1, c ? throw "d", ... }@args: a)
