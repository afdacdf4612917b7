# builtins.path is not called until its result is needed
builtins.length [ (builtins.path { path = throw "unused"; }) ]
