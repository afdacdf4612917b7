# dirOf on a path gives a path; the root is its own parent
[ (builtins.dirOf /a/b) (builtins.dirOf /a) (builtins.dirOf /.) (builtins.typeOf (builtins.dirOf /a/b)) ]
