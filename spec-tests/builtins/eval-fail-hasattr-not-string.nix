# hasAttr requires a string name
builtins.hasAttr null { }
