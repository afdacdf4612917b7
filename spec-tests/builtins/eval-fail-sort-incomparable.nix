# sort with lessThan on values of different types
builtins.sort builtins.lessThan [ 1 "a" ]
