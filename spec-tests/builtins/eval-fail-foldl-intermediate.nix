# foldl' forces every intermediate accumulator
builtins.foldl' (acc: x: if x == 2 then throw "at two" else x) 0 [ 1 2 3 ]
