# match: a valid pattern forces the string (its throw is catchable)
builtins.tryEval (builtins.match "a" (throw "forced"))
