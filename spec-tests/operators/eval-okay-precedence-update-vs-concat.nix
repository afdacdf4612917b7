# // and ++ and ? ordering
let s = { a = [ 1 ]; }; in (s // { b = s.a ++ [ 2 ]; }) ? b
