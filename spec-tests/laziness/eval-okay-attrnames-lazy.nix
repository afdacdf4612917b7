# attrNames does not force values
builtins.attrNames { a = throw "x"; b = throw "y"; }
