# attrValues does not force the values
builtins.length (builtins.attrValues { a = throw "a"; b = throw "b"; })
