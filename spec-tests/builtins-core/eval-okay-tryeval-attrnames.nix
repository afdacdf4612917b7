# the tryEval result has exactly the attributes success and value
builtins.attrNames (builtins.tryEval null)
