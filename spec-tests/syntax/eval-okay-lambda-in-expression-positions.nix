# a function needs no parentheses where a whole expression may stand
let
  binding = x: x;
  assertBody = assert true; x: x;
  withBody = with { }; x: x;
  letBody = let in x: x;
  thenBranch = if true then x: x else 1;
  elseBranch = if false then 1 else x: x;
  fromDefault = ({ g ? x: x }: g) { };
  curried = a: b: a;
  inSet = { f = x: x; }.f;
in
map builtins.isFunction [
  binding
  assertBody
  withBody
  letBody
  thenBranch
  elseBranch
  fromDefault
  curried
  inSet
]
