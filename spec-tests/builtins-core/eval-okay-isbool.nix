# isBool
[ (builtins.isBool true) (builtins.isBool false) (builtins.isBool null) (builtins.isBool 0) ]
