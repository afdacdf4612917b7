# identifiers may contain letters, digits, _, ' and -
let a-b = 1; c' = 2; _d = 3; e_f-g'h = 4; x1 = 5; in [ a-b c' _d e_f-g'h x1 ]
