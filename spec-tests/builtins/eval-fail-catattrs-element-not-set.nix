# catAttrs requires every element to be a set
builtins.catAttrs "a" [ { a = 1; } 2 ]
