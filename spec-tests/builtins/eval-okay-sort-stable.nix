# sort is stable: equal elements keep their order
map (p: p.n) (builtins.sort (a: b: a.k < b.k) (builtins.genList (i: { k = builtins.bitAnd i 3; n = i; }) 40))
