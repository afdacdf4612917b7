# isList
[ (builtins.isList [ ]) (builtins.isList [ 1 ]) (builtins.isList { }) ]
