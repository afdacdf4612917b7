# inherit and binding of the same name in let
let b = 1; in let inherit b; b = 2; in b
