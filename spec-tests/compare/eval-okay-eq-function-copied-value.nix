# the pointer shortcut is on values: a function obtained through a thunk is a different value
let f = x: x; in [ (builtins.head [ f ]) ] == [ f ]
