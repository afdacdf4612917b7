# genList calls the generator with each index
builtins.genList (i: i * i) 5
