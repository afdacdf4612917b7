# sort with lessThan on functions
builtins.sort builtins.lessThan [ (x: x) (x: x) ]
