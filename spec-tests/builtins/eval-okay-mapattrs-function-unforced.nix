# mapAttrs does not force the function when no value is needed
builtins.attrNames (builtins.mapAttrs (throw "f") { a = 1; })
