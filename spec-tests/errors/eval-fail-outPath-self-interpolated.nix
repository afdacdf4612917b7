# Interpolating a set whose outPath is itself follows it until the native stack runs out
let
  s = { outPath = s; };
in
"${s}"
