# attrNames requires a set
builtins.attrNames [ 1 ]
