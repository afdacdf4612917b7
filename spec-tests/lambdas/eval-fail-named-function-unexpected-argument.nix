# unexpected argument error for an attribute-bound function suggests alternatives
let s = { myFunc = { alpha, beta ? 1 }: alpha; }; in s.myFunc { alpha = 1; bta = 2; }
