# length counts elements without forcing them
[ (builtins.length [ ]) (builtins.length [ (throw "a") (throw "b") ]) ]
