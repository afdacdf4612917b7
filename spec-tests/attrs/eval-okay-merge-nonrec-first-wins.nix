# a non-rec first definition makes the merged set non-rec
let b = "outer"; in { a = { b = 1; }; a = rec { c = b; }; }
