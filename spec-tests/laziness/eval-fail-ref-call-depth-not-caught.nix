# running out of max-call-depth is not caught by tryEval
let f = n: if n == 0 then 0 else 1 + f (n - 1); in builtins.tryEval (f 20000)
