# seq forces its first argument before the second
builtins.seq (throw "the first") (throw "the second")
