# the separator must be a string
builtins.concatStringsSep 1 [ "a" ]
