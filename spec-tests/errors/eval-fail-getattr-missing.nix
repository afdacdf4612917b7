# getAttr of a missing name
builtins.getAttr "z" { a = 1; }
