# dirOf of a path is a path
[ (dirOf /a/b/c) (builtins.typeOf (dirOf /a/b)) (dirOf /a) ]
