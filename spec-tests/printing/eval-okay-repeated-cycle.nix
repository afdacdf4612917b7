# a cyclic set prints «repeated» where it refers to itself
let s = { self = s; v = 1; }; in s
