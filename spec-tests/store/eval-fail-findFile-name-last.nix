# findFile looks at every entry before the name
builtins.findFile [ { prefix = 1; path = "/"; } ] (throw "name")
