# getAttr checks the name before the set
builtins.getAttr 1 (throw "set")
