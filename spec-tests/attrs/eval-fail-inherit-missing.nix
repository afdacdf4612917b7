# inherit (e) x fails when e has no x
let s = { a = 1; }; in { inherit (s) b; }.b
