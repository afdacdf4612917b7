# attrValues follows the order of the names
builtins.attrValues { c = 3; a = 1; b = 2; }
