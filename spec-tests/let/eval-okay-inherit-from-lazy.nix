# inherit (e) in let does not evaluate e unless used
let inherit (throw "unused") a; b = 1; in b
