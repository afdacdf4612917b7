# values already forced during evaluation print in full
let s = { a = 1 + 1; }; in builtins.seq s.a s
