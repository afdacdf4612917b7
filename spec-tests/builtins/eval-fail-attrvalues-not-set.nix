# attrValues requires a set
builtins.attrValues "abc"
