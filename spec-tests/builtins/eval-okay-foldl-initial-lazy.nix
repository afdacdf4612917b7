# foldl' does not force the initial value when the list is not empty
builtins.foldl' (acc: x: x) (throw "initial") [ 1 2 ]
