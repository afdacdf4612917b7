# tail drops the first element without forcing it
builtins.tail [ (throw "no") 2 3 ]
