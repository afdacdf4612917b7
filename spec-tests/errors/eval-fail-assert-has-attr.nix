# an assertion using ?
let s = { }; in assert s ? a; s.a
