# ? binds tighter than ! and &&
let s = { a = 1; }; in [ (!s ? b) (s ? a && s ? b) ]
