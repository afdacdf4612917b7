# genList checks the generator even for length 0
builtins.genList 1 0
