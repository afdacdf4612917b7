# baseNameOf on path values gives a string (the root gives "")
[ (builtins.baseNameOf /a/b) (builtins.baseNameOf /.) (builtins.baseNameOf /a/b/../c.txt) (builtins.typeOf (builtins.baseNameOf /a)) ]
