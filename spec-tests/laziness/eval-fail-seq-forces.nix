# seq forces its first argument
builtins.seq (throw "forced") 1
