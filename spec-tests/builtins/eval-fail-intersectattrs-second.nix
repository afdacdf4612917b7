# intersectAttrs requires a set as second argument
builtins.intersectAttrs { } null
