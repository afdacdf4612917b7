# Lists and arithmetic: `foldl'` over 2M ints made by `genList`.
let
  n = 2000000;
  xs = builtins.genList (i: i * 3 - 1) n;
in
builtins.foldl' (acc: x: acc + x / 2 - 1) 0 xs
