# groupBy does not force elements the function ignores
builtins.attrNames (builtins.groupBy (x: "k") [ (throw "a") (throw "b") ])
