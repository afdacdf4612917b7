# legacy let exposes only body
let { a = 1; b = a + 2; body = [ a b ]; }
