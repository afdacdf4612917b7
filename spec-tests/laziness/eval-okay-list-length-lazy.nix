# length does not force the elements
builtins.length [ (throw "a") (abort "b") ]
