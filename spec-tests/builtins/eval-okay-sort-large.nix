# sort of a long list (several merge rounds) with an ordering and a non-ordering comparator
let
  l = builtins.genList (i: builtins.bitAnd (i * 7919 + 13) 1023) 300;
in [
  (builtins.sort builtins.lessThan l)
  (builtins.sort (a: b: builtins.bitAnd (a + b) 2 == 0) l)
]
