# combining tryEval and deepSeq catches errors deep inside
builtins.tryEval (builtins.deepSeq { a = [ (throw "deep") ]; } 1)
