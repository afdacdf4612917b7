# getAttr refuses a name that refers to a store path
builtins.getAttr "${../../fixtures/paths/data.txt}" { }
