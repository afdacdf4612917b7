# getAttr requires a set as second argument
builtins.getAttr "a" [ ]
