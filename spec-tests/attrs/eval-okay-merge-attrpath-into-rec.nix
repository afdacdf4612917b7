# an attribute path merged into a rec literal sees its attributes
let b = "outer"; in { a = rec { b = 1; }; a.c = b; }
