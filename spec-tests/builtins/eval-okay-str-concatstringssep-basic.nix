# concatStringsSep joins with the separator between elements
[ (builtins.concatStringsSep "/" [ "usr" "local" "bin" ]) (builtins.concatStringsSep ", " [ ]) (builtins.concatStringsSep ", " [ "a" ]) (builtins.concatStringsSep "" [ "a" "b" ]) (builtins.concatStringsSep "-" [ "" "" ]) ]
