# legacy let without a body attribute
let { a = 1; }
