# toXML of a list that contains itself nests until the stack runs out
let
  l = [ l ];
in
builtins.toXML l
