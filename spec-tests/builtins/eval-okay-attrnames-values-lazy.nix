# attrNames does not force the values
builtins.attrNames { x = throw "x"; y = abort "y"; }
