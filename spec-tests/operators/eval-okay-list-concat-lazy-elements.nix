# ++ does not force the elements
builtins.length ([ (throw "a") ] ++ [ (throw "b") ])
