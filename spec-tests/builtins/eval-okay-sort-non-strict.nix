# sort with <= (not a strict order): equal elements end up reordered
map (p: p.n) (builtins.sort (a: b: a.k <= b.k) (builtins.genList (i: { k = builtins.bitAnd i 1; n = i; }) 23))
