# Memory: 200,000 forced empty sets, all kept alive to the end.
let
  sets = builtins.genList (i: { }) 200000;
in
builtins.deepSeq sets (builtins.length (builtins.filter (s: s == { }) sets))
