# sort: the first pair adding up to 30 compared, during the merges
builtins.sort (a: b: if a + b == 30 then throw "${toString a} < ${toString b}" else a < b) (builtins.genList (i: builtins.bitAnd (i * 11 + 5) 31) 32)
