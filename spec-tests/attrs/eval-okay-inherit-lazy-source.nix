# inherit (e) does not evaluate e when the attribute is unused
let s = { inherit (throw "not forced") a; b = 1; }; in s.b
