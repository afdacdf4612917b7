# Names made while evaluating (dynamic attributes, listToAttrs, groupBy) are created in
# evaluation order, after every name in the program.
let
  t = builtins.trace;
  dyn = { ${"rb" + ""} = t "dyn rb" 0; ${"ra" + ""} = t "dyn ra" 0; };
  l2a = builtins.listToAttrs [
    { name = "lb"; value = t "l2a lb" 0; }
    { name = "la"; value = t "l2a la" 0; }
  ];
  grouped = builtins.groupBy (x: x.k) [ { k = "gb"; v = t "gb" 0; } { k = "ga"; v = t "ga" 0; } ];
in
builtins.deepSeq [ dyn l2a grouped ] null
