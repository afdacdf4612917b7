# deepSeq forces its first argument completely before it looks at the second
builtins.deepSeq [ (throw "inside the first") ] (throw "the second")
