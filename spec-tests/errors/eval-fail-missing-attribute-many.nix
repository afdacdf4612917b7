# a missing attribute with many candidates
let s = { aa = 1; ab = 2; ac = 3; ad = 4; }; in s.ae
