# an attribute path defined before a rec literal makes the merge non-rec
let b = "outer"; in { a.c = b; a = rec { b = 1; }; }
