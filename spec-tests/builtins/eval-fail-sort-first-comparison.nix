# sort: the first comparison made (second element against the first)
builtins.sort (a: b: throw "${toString a} < ${toString b}") [ 1 2 3 ]
