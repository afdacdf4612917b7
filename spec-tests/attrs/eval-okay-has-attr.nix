# the ? operator tests attribute presence
let s = { a = 1; b = { c = 2; }; }; in [ (s ? a) (s ? z) (s ? b.c) (s ? b.z) (s ? a.b) ]
