# Memory: 200,000 forced one-attribute sets, all kept alive to the end.
let
  sets = builtins.genList (i: { a = i; }) 200000;
in
builtins.deepSeq sets (builtins.foldl' (acc: s: acc + s.a) 0 sets)
