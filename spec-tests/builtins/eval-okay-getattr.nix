# getAttr selects by a computed name
builtins.getAttr ("a" + "b") { ab = 1; a = 2; }
