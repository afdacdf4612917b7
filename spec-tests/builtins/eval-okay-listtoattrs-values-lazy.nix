# listToAttrs does not force values
builtins.attrNames (builtins.listToAttrs [ { name = "x"; value = throw "no"; } ])
