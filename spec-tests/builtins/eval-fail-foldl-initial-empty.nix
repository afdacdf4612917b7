# foldl' forces the initial value of an empty list
builtins.foldl' (acc: x: x) (throw "initial") [ ]
