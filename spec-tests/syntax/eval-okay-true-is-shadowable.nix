# true, false and null are ordinary variables that can be shadowed by let
let true = 1; false = 2; null = 3; in [ true false null ]
