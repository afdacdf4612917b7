# with inside a let binding
let s = { x = 2; }; y = with s; x * 3; in y
