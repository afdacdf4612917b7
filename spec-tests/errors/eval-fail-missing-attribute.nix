# selecting a missing attribute
let s = { foo = 1; bar = 2; }; in s.baz
