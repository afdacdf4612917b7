# catAttrs collects the attribute from the sets that have it, in order
builtins.catAttrs "a" [ { a = 1; } { b = 2; } { a = 3; c = 4; } ]
