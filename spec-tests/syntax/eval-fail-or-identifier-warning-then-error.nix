# The warning about `f or` is given while the file is parsed, before the evaluation fails.
let
  or = 1;
  f = x: x;
in
[ f or (throw "after the warning") ]
