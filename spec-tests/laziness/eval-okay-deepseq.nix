# deepSeq fully evaluates its first argument
builtins.deepSeq { a = [ 1 { b = 2; } ]; } "done"
