# the second argument must be a list
builtins.concatStringsSep "," "a"
