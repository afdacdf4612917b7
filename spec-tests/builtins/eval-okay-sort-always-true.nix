# sort with a comparator that always says "less": the permutation libstdc++ produces
map (n: builtins.sort (a: b: true) (builtins.genList (i: i) n)) [ 1 2 3 7 8 9 14 15 16 20 29 30 31 ]
