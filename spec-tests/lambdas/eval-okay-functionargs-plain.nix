# functionArgs of a plain lambda is empty
builtins.functionArgs (x: x)
