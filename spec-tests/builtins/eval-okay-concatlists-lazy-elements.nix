# concatLists does not force the inner elements
builtins.length (builtins.concatLists [ [ (throw "a") ] [ (throw "b") ] ])
