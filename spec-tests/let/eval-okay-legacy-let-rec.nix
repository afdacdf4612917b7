# legacy let bindings are recursive like rec
let { body = x; x = y * 2; y = 21; }
