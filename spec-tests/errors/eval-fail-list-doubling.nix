# Doubling a list 64 times asks for more memory than any machine has
builtins.length (builtins.foldl' (l: _: l ++ l) [ 1 ] (builtins.genList (x: x) 64))
