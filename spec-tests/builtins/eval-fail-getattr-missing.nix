# getAttr on a missing name
builtins.getAttr "c" { a = 1; b = 2; }
