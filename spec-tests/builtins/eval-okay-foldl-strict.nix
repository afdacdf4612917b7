# foldl' folds from the left
builtins.foldl' (acc: x: acc ++ [ x ]) [ 0 ] [ 1 2 3 ]
