builtins.deepSeq (builtins.foldl' (acc: _: [ acc ]) 0 (builtins.genList (x: x) 10000)) 1
