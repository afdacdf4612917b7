# unsafeGetAttrPos: where an attribute was defined, or null when the set lacks it
let s = { a = 1;
  b = 2; };
in [ (builtins.unsafeGetAttrPos "b" s) (builtins.unsafeGetAttrPos "c" s) ]
