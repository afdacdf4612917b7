# builtin functions compare by identity inside lists
[ (builtins.add == builtins.add) ([ builtins.add ] == [ builtins.add ]) ]
