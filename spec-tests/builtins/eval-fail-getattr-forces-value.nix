# getAttr forces the value it selects
builtins.getAttr "a" { a = throw "forced"; }
