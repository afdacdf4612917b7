# sort with comparators that are not orders at all
let
  l = builtins.genList (i: builtins.bitAnd (i * 37 + 11) 63) 45;
in [
  (builtins.sort (a: b: builtins.bitAnd (a * 31 + b * 17) 4 == 0) l)
  (builtins.sort (a: b: builtins.bitAnd (a * 7 + b * 3) 1 == 0) l)
  (builtins.sort (a: b: a / 8 < b / 8) l)
  (builtins.sort (a: b: a > b) l)
]
