# lists are not coerced
builtins.concatStringsSep "," [ [ "a" ] ]
