# or binds tighter than function application
let f = x: x; in f { }.a or "default"
