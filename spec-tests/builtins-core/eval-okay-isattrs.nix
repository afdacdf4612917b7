# isAttrs
[ (builtins.isAttrs { }) (builtins.isAttrs { __functor = s: s; }) (builtins.isAttrs [ ]) ]
